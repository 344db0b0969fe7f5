# case: query encoder that concatenates char-CNN features only when the Python bool flag use_char_features is set -> branch on a constructor bool, static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CharCNN(nn.Cell):
    def __init__(self, n_chars=50, dim=8):
        super().__init__()
        self.emb = nn.Embedding(n_chars, dim)
        self.conv = nn.Conv1d(dim, dim, 3, pad_mode="same")

    def construct(self, char_ids):
        b, t, c = char_ids.shape
        x = self.emb(char_ids.reshape(b * t, c)).transpose(0, 2, 1)
        h = ops.relu(self.conv(x)).max(axis=-1)
        return h.reshape(b, t, -1)


class TokenCharEncoder(nn.Cell):
    def __init__(self, vocab=100, word_dim=12, use_char_features=True):
        super().__init__()
        self.use_char_features = use_char_features
        self.word_emb = nn.Embedding(vocab, word_dim)
        self.char_cnn = CharCNN()
        out_in = word_dim + 8 if use_char_features else word_dim
        self.out = nn.Dense(out_in, 6)

    def construct(self, token_ids, char_ids):
        feats = self.word_emb(token_ids)
        if self.use_char_features:
            feats = ops.concat((feats, self.char_cnn(char_ids)), axis=-1)
        return self.out(feats)


def make():
    np.random.seed(36)
    toks = np.random.randint(0, 100, size=(2, 5)).astype(np.int32)
    chars = np.random.randint(0, 50, size=(2, 5, 7)).astype(np.int32)
    return TokenCharEncoder(), (Tensor(toks), Tensor(chars))
