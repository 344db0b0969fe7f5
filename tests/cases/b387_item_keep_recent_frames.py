# case: memory schedule mixin computes how many recent memory frames to keep from the frame index via .item() and slices the bank tail -> slice length from data via .item(); Graph mode should reject or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScheduleConfig:
    def __init__(self, mem_every=2, hw=16, max_frames=4, key_dim=8):
        self.mem_every = mem_every
        self.hw = hw
        self.max_frames = max_frames
        self.key_dim = key_dim


class MemoryScheduleMixin:
    def _frames_to_keep(self, frame_idx):
        n = frame_idx.item() // self.mem_every + 1
        return min(n, self.max_frames)

    def _recent(self, bank, n_frames):
        return bank[..., -n_frames * self.hw:]


class ScheduledReader(nn.Cell, MemoryScheduleMixin):
    def __init__(self, config):
        super().__init__()
        self.mem_every = config.mem_every
        self.hw = config.hw
        self.max_frames = config.max_frames
        self.scale = config.key_dim ** -0.5

    def construct(self, query_key, mem_key, mem_val, frame_idx):
        n = self._frames_to_keep(frame_idx)
        mk = self._recent(mem_key, n)
        mv = self._recent(mem_val, n)
        aff = ops.softmax(ops.bmm(mk.transpose(0, 2, 1), query_key) * self.scale, axis=1)
        return ops.bmm(mv, aff)


def make():
    np.random.seed(3890)
    qk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    mk = Tensor(np.random.randn(1, 8, 64).astype(np.float32))
    mv = Tensor(np.random.randn(1, 4, 64).astype(np.float32))
    return ScheduledReader(ScheduleConfig()), (qk, mk, mv, Tensor(3, ms.int32))
