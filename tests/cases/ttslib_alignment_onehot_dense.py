# case: hard duration alignment built densely with one_hot over a per-frame phoneme index (looks like sparse scatter but shapes are fixed) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlignConfig:
    hidden_size = 16
    max_frames = 24
    use_sparse_alignment = False


class DenseLengthRegulator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_frames = config.max_frames
        self.use_sparse = config.use_sparse_alignment

    def _alignment(self, phone_idx, n_phones):
        on = Tensor(1.0, ms.float32)
        off = Tensor(0.0, ms.float32)
        return ops.one_hot(phone_idx, n_phones, on, off)

    def construct(self, hidden, phone_idx):
        n_phones = hidden.shape[1]
        if self.use_sparse:
            raise NotImplementedError("sparse alignment needs COOTensor support")
        align = self._alignment(phone_idx, n_phones)
        return ops.bmm(align, hidden)


def make():
    np.random.seed(38)
    cfg = AlignConfig()
    durations = np.array([[3, 4, 2, 5, 3, 4], [4, 4, 4, 3, 3, 3]])
    phone_idx = np.stack([np.repeat(np.arange(6), d) for d in durations]).astype(np.int32)
    hidden = Tensor(np.random.randn(2, 6, cfg.hidden_size).astype(np.float32))
    return DenseLengthRegulator(cfg), (hidden, Tensor(phone_idx))
