// The providers' dashboard labels in German, French and Spanish, for each English name, text or
// option the recipes' anchors use (lib/engine/labels.ts puts the page's language first and keeps
// the English). Where a provider's own localised help names a label, the source is given; every
// other entry is our translation, UNVERIFIED against the provider's app: a wrong one costs
// nothing (the English and the CSS fallbacks stay), a right one finds the control.
import type { Recipe } from './schema';

type Labels = NonNullable<Recipe['labels']>;

// Klaviyo. Verified (help.klaviyo.com/hc/de-de, "So verwaltest du die API-Schlüssel deines
// Kontos" and "Wie man einen privaten API-Schlüssel erstellt oder klont"): Einstellungen,
// API-Schlüssel, Privaten API-Schlüssel erstellen. The rest unverified.
export const klaviyoLabels: Labels = {
  de: {
    Settings: ['Einstellungen'],
    'API keys': ['API-Schlüssel'],
    'Create Private API Key': ['Privaten API-Schlüssel erstellen'],
    'Private API Key Name': ['Name des privaten API-Schlüssels', 'Name des API-Schlüssels'],
    'Name your key': ['Schlüssel benennen'],
    'Full Access Key': ['Schlüssel mit Vollzugriff', 'Vollzugriffsschlüssel'],
    'Full Access': ['Vollzugriff'],
    'Access level': ['Zugriffsebene'],
    Access: ['Zugriff'],
    Create: ['Erstellen'],
    'Your new private API key': [
      'Ihr neuer privater API-Schlüssel',
      'Dein neuer privater API-Schlüssel',
    ],
    'Your private API key': ['Ihr privater API-Schlüssel', 'Dein privater API-Schlüssel'],
    'Private API key created': ['Privater API-Schlüssel erstellt'],
    Copy: ['Kopieren'],
    'Copy key': ['Schlüssel kopieren'],
  },
  fr: {
    Settings: ['Paramètres'],
    'API keys': ['Clés API', 'Clés d’API'],
    'Create Private API Key': ['Créer une clé API privée'],
    'Private API Key Name': ['Nom de la clé API privée'],
    'Name your key': ['Nommez votre clé'],
    'Full Access Key': ['Clé d’accès complet', 'Clé à accès complet'],
    'Full Access': ['Accès complet'],
    'Access level': ['Niveau d’accès'],
    Create: ['Créer'],
    'Your new private API key': ['Votre nouvelle clé API privée'],
    Copy: ['Copier'],
  },
  es: {
    Settings: ['Configuración', 'Ajustes'],
    'API keys': ['Claves API', 'Claves de API'],
    'Create Private API Key': ['Crear clave API privada', 'Crear clave de API privada'],
    'Private API Key Name': ['Nombre de la clave API privada'],
    'Name your key': ['Nombra tu clave'],
    'Full Access Key': ['Clave de acceso completo'],
    'Full Access': ['Acceso completo'],
    'Access level': ['Nivel de acceso'],
    Create: ['Crear'],
    'Your new private API key': ['Tu nueva clave API privada'],
    Copy: ['Copiar'],
  },
};

// Dotdigital. German from a third-party manual of the same screens (jajuma.de, Magento 2
// handbook, "API-Benutzer": Einstellungen, Zugang, API-Benutzer, Neuer Benutzer,
// E-Mail-Adresse, Beschreibung, Passwort, Status Aktiviert, Speichern); Dotdigital's own help
// is English only. French and Spanish unverified.
export const dotdigitalLabels: Labels = {
  de: {
    Settings: ['Einstellungen'],
    'Manage users': ['Benutzer verwalten'],
    'API users': ['API-Benutzer'],
    API: ['API'],
    'New user': ['Neuer Benutzer'],
    'Add user': ['Benutzer hinzufügen'],
    'Email address': ['E-Mail-Adresse'],
    Email: ['E-Mail'],
    'API user': ['API-Benutzer'],
    Description: ['Beschreibung'],
    Password: ['Passwort', 'Kennwort'],
    'Confirm password': ['Passwort bestätigen', 'Kennwort bestätigen'],
    Confirm: ['Bestätigen'],
    Enabled: ['Aktiviert'],
    Save: ['Speichern'],
    Error: ['Fehler'],
  },
  fr: {
    Settings: ['Paramètres'],
    'API users': ['Utilisateurs API', 'Utilisateurs d’API'],
    'New user': ['Nouvel utilisateur'],
    'Email address': ['Adresse e-mail'],
    Description: ['Description'],
    Password: ['Mot de passe'],
    'Confirm password': ['Confirmer le mot de passe'],
    Enabled: ['Activé'],
    Save: ['Enregistrer'],
    Error: ['Erreur'],
  },
  es: {
    Settings: ['Configuración'],
    'API users': ['Usuarios de API', 'Usuarios API'],
    'New user': ['Nuevo usuario'],
    'Email address': ['Dirección de correo electrónico', 'Correo electrónico'],
    Description: ['Descripción'],
    Password: ['Contraseña'],
    'Confirm password': ['Confirmar contraseña'],
    Enabled: ['Activado', 'Habilitado'],
    Save: ['Guardar'],
    Error: ['Error'],
  },
};

// Omnisend: unverified (its help center is English).
export const omnisendLabels: Labels = {
  de: {
    'Store settings': ['Shop-Einstellungen', 'Geschäftseinstellungen'],
    'API keys': ['API-Schlüssel'],
    'Create API key': ['API-Schlüssel erstellen'],
    '+ Create API key': ['+ API-Schlüssel erstellen'],
    Name: ['Name'],
    'API key name': ['Name des API-Schlüssels'],
    Create: ['Erstellen'],
    'Copy API key': ['API-Schlüssel kopieren'],
    Copy: ['Kopieren'],
  },
  fr: {
    'Store settings': ['Paramètres de la boutique'],
    'API keys': ['Clés API'],
    'Create API key': ['Créer une clé API'],
    '+ Create API key': ['+ Créer une clé API'],
    Name: ['Nom'],
    Create: ['Créer'],
    'Copy API key': ['Copier la clé API'],
    Copy: ['Copier'],
  },
  es: {
    'Store settings': ['Configuración de la tienda'],
    'API keys': ['Claves API'],
    'Create API key': ['Crear clave API'],
    '+ Create API key': ['+ Crear clave API'],
    Name: ['Nombre'],
    Create: ['Crear'],
    'Copy API key': ['Copiar clave API'],
    Copy: ['Copiar'],
  },
};

// Optimove: unverified (its help is English).
export const optimoveLabels: Labels = {
  de: {
    Settings: ['Einstellungen'],
    General: ['Allgemein'],
    'API Key Management': ['API-Schlüsselverwaltung'],
    'New API Key': ['Neuer API-Schlüssel'],
    '+ New API Key': ['+ Neuer API-Schlüssel'],
    Nickname: ['Spitzname', 'Bezeichnung'],
    'Contact Email': ['Kontakt-E-Mail'],
    'Access Type': ['Zugriffsart', 'Zugriffstyp'],
    'Activate key': ['Schlüssel aktivieren'],
    Activate: ['Aktivieren'],
    'Your API key': ['Ihr API-Schlüssel'],
    Copy: ['Kopieren'],
  },
  fr: {
    Settings: ['Paramètres'],
    General: ['Général'],
    'API Key Management': ['Gestion des clés API'],
    'New API Key': ['Nouvelle clé API'],
    Nickname: ['Surnom'],
    'Contact Email': ['E-mail de contact'],
    'Activate key': ['Activer la clé'],
    Activate: ['Activer'],
    Copy: ['Copier'],
  },
  es: {
    Settings: ['Configuración'],
    General: ['General'],
    'API Key Management': ['Gestión de claves API'],
    'New API Key': ['Nueva clave API'],
    Nickname: ['Apodo'],
    'Contact Email': ['Correo electrónico de contacto'],
    'Activate key': ['Activar clave'],
    Activate: ['Activar'],
    Copy: ['Copiar'],
  },
};
