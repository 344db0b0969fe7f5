# case: sparse FIR filter bank stored as CSR (each band touches few taps), construct builds a CSRTensor and multiplies it with the framed signal -> sparse tensor ops in construct, expected error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseBankConfig:
    def __init__(self, n_bands=4, frame=16, taps_per_band=3):
        self.n_bands = n_bands
        self.frame = frame
        self.taps_per_band = taps_per_band


def make_sparse_bank(n_bands, frame, taps):
    indptr, indices, values = [0], [], []
    for b in range(n_bands):
        cols = [(b * 4 + k) % frame for k in range(taps)]
        indices.extend(cols)
        values.extend([1.0 / taps] * taps)
        indptr.append(len(indices))
    return (np.array(indptr, np.int32), np.array(indices, np.int32), np.array(values, np.float32))


class SparseFilterBank(nn.Cell):
    def __init__(self, config):
        super().__init__()
        indptr, indices, values = make_sparse_bank(config.n_bands, config.frame, config.taps_per_band)
        self.indptr = Tensor(indptr)
        self.indices = Tensor(indices)
        self.values = Tensor(values)
        self.shape = (config.n_bands, config.frame)
        self.frame = config.frame

    def construct(self, ecg):
        frames = ecg.reshape(-1, self.frame).T
        bank = ms.CSRTensor(self.indptr, self.indices, self.values, self.shape)
        bands = bank.mm(frames)
        return bands.T


def make():
    np.random.seed(3768)
    x = np.random.randn(256).astype(np.float32)
    return SparseFilterBank(SparseBankConfig()), (Tensor(x),)
