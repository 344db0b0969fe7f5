# case: address OCR decoder wraps the character classifier in try/except to fall back to blank predictions on failure inside construct -> try statement in construct, rejected by graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CharClassifier(nn.Cell):
    def __init__(self, dim=32, n_chars=40):
        super().__init__()
        self.fc = nn.Dense(dim, n_chars)

    def construct(self, x):
        return self.fc(x)


class AddressOCRDecoder(nn.Cell):
    def __init__(self, dim=32, n_chars=40, blank=0):
        super().__init__()
        self.cls = CharClassifier(dim, n_chars)
        self.blank = blank

    def construct(self, char_feats):
        try:
            logits = self.cls(char_feats)
            pred = logits.argmax(axis=-1)
        except ValueError:
            pred = ops.full((char_feats.shape[0],), self.blank, dtype=ms.int32)
        return pred


def make():
    np.random.seed(101)
    feats = Tensor(np.random.randn(20, 32).astype(np.float32))
    return AddressOCRDecoder(), (feats,)
