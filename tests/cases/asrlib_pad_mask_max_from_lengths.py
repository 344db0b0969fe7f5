# case: encoder front-end calls make_pad_mask(lengths) with the WeNet default max_len=0, so the helper falls back to lengths.max().item() -> arange length from tensor data, dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def make_pad_mask(lengths, max_len=0):
    batch_size = lengths.shape[0]
    max_len = max_len if max_len > 0 else lengths.max().item()
    seq_range = ops.arange(0, max_len, dtype=ms.int32)
    seq_range_expand = seq_range.expand_dims(0).broadcast_to((batch_size, max_len))
    return seq_range_expand >= lengths.expand_dims(-1)


class EncoderFrontend(nn.Cell):
    def __init__(self, idim, d_model, normalize_before=True):
        super().__init__()
        self.embed = nn.Dense(idim, d_model)
        self.norm = nn.LayerNorm((d_model,), epsilon=1e-5)
        self.normalize_before = normalize_before

    def construct(self, xs, xs_lens):
        masks = ~make_pad_mask(xs_lens).expand_dims(1)     # (B, 1, T)
        xs = self.embed(xs)
        if self.normalize_before:
            xs = self.norm(xs)
        xs = xs * masks.swapaxes(1, 2).astype(xs.dtype)
        return xs, masks


def make():
    np.random.seed(4)
    xs = Tensor(np.random.randn(2, 30, 20).astype(np.float32))
    xs_lens = Tensor(np.array([30, 17], dtype=np.int32))
    return EncoderFrontend(20, 32), (xs, xs_lens)
