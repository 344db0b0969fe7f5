# case: MFCC front end whose log-compression helper calls .asnumpy() and np.log on the mel energies inside construct before the DCT matmul -> NumPy on tensor values in construct, Graph mode should refuse (or fall back at LAX)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LOG_FLOOR = 1e-6


def dct_matrix(n_mels, n_mfcc):
    n = np.arange(n_mels)
    k = np.arange(n_mfcc)[:, None]
    m = np.cos(np.pi / n_mels * (n + 0.5) * k) * np.sqrt(2.0 / n_mels)
    m[0] *= 1.0 / np.sqrt(2.0)
    return m.T.astype(np.float32)


class MFCCConfig:
    def __init__(self, n_mels=40, n_mfcc=10, log_floor=LOG_FLOOR, use_numpy_log=True):
        self.n_mels = n_mels
        self.n_mfcc = n_mfcc
        self.log_floor = log_floor
        self.use_numpy_log = use_numpy_log


class MFCC(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.log_floor = config.log_floor
        self.use_numpy_log = config.use_numpy_log
        self.dct = Tensor(dct_matrix(config.n_mels, config.n_mfcc))

    def _log_compress(self, mel):
        if self.use_numpy_log:
            arr = np.log(np.maximum(mel.asnumpy(), self.log_floor))
            return Tensor(arr)
        return ops.log(ops.clamp(mel, min=self.log_floor))

    def construct(self, mel_energies):
        log_mel = self._log_compress(mel_energies)
        return ops.matmul(log_mel, self.dct)


def make():
    np.random.seed(3838)
    mel = np.abs(np.random.randn(2, 49, 40)).astype(np.float32)
    return MFCC(MFCCConfig()), (Tensor(mel),)
