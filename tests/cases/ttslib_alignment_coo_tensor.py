# case: hard duration alignment stored as a COOTensor (phoneme index per frame) and converted to dense for the length regulator -> error or unsupported (sparse tensor in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlignConfig:
    hidden_size = 16
    max_frames = 24


class SparseLengthRegulator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_frames = config.max_frames

    def _alignment(self, frame_idx, phone_idx, n_phones):
        indices = ops.stack([frame_idx, phone_idx], axis=1)
        values = ops.ones(frame_idx.shape, ms.float32)
        coo = ms.COOTensor(indices, values, (self.max_frames, n_phones))
        return coo.to_dense()

    def construct(self, hidden, frame_idx, phone_idx):
        align = self._alignment(frame_idx, phone_idx, hidden.shape[0])
        return ops.matmul(align, hidden)


def make():
    np.random.seed(37)
    cfg = AlignConfig()
    n_phones = 6
    durations = np.array([3, 4, 2, 5, 3, 4])
    phone_idx = np.repeat(np.arange(n_phones), durations).astype(np.int32)
    frame_idx = np.arange(len(phone_idx)).astype(np.int32)
    hidden = Tensor(np.random.randn(n_phones, cfg.hidden_size).astype(np.float32))
    return SparseLengthRegulator(cfg), (hidden, Tensor(frame_idx), Tensor(phone_idx))
