# case: pool sample-level excitation to frame level with unsorted_segment_sum, num_segments from shape // hop -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExcitationFramePooler(nn.Cell):
    def __init__(self, hop=4, dim=6, log_energy=True):
        super().__init__()
        self.hop = hop
        self.log_energy = log_energy
        self.proj = nn.Dense(1, dim)

    def frame_ids(self, length):
        return ops.arange(0, length, dtype=ms.int32) // self.hop

    def construct(self, excitation):
        t = excitation.shape[0]
        n_frames = t // self.hop
        ids = self.frame_ids(n_frames * self.hop)
        energy = ops.unsorted_segment_sum(excitation[:n_frames * self.hop] ** 2, ids, n_frames)
        if self.log_energy:
            energy = ops.log(energy / self.hop + 1e-6)
        return self.proj(energy.expand_dims(-1))


def make():
    np.random.seed(39)
    exc = np.random.randn(30).astype(np.float32)
    return ExcitationFramePooler(), (Tensor(exc),)
