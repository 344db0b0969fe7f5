# case: MFCC front-end wraps the DCT projection in try/except with a fallback path -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def dct_matrix(n_mels, n_mfcc):
    n = np.arange(n_mels)
    k = np.arange(n_mfcc)[:, None]
    m = np.cos(np.pi / n_mels * (n + 0.5) * k) * np.sqrt(2.0 / n_mels)
    m[0] *= 1.0 / np.sqrt(2.0)
    return m.astype(np.float32)


class MFCCFrontend(nn.Cell):
    def __init__(self, n_mels=20, n_mfcc=10):
        super().__init__()
        self.dct = Tensor(dct_matrix(n_mels, n_mfcc))

    def construct(self, mel_power):
        # mel_power: (B, T, n_mels)
        logmel = ops.log(mel_power + 1e-6)
        try:
            mfcc = ops.matmul(logmel, self.dct.T)
        except ValueError:
            mfcc = logmel[..., : self.dct.shape[0]]
        return mfcc - mfcc.mean(axis=1, keep_dims=True)


def make():
    np.random.seed(15)
    mel = np.abs(np.random.randn(2, 15, 20)).astype(np.float32)
    return MFCCFrontend(), (Tensor(mel),)
