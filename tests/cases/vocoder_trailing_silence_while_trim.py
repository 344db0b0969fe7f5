# case: trim trailing silence by repeatedly dropping the last hop while its energy is under a threshold -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrailingSilenceTrimmer(nn.Cell):
    def __init__(self, hop=8, threshold=1e-3, min_len=16):
        super().__init__()
        self.hop = hop
        self.threshold = threshold
        self.min_len = min_len

    def last_hop_energy(self, wav):
        tail = wav[-self.hop:]
        return (tail * tail).mean()

    def construct(self, wav):
        while self.last_hop_energy(wav) < self.threshold and wav.shape[0] > self.min_len:
            wav = wav[:-self.hop]
        return wav


def make():
    np.random.seed(34)
    wav = np.zeros(64, np.float32)
    wav[:30] = np.random.randn(30).astype(np.float32)
    return TrailingSilenceTrimmer(), (Tensor(wav),)
