# case: jitted feature masking calls make_pad_mask(lengths, max_len) with the padded time axis, so the helper's int(lengths.max()) fallback for max_len=None is never reached -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def make_pad_mask(lengths, max_len=None):
    """True at padded positions, (B, max_len)."""
    batch_size = lengths.shape[0]
    if max_len is None:
        max_len = int(lengths.max())
    seq_range = ops.arange(0, max_len, dtype=ms.int32)
    seq_range_expand = ops.broadcast_to(seq_range.expand_dims(0), (batch_size, max_len))
    return seq_range_expand >= lengths.expand_dims(-1)


@ms.jit
def mask_features(xs, xs_lens):
    max_len = xs.shape[1]
    masks = ~make_pad_mask(xs_lens, max_len)            # (B, T)
    xs = xs * masks.expand_dims(-1).astype(xs.dtype)
    frames = masks.astype(ms.float32).sum(axis=1, keepdims=True)
    mean = xs.sum(axis=1) / frames
    return xs, masks, mean


def make():
    np.random.seed(3)
    xs = Tensor(np.random.randn(3, 40, 20).astype(np.float32))
    xs_lens = Tensor(np.array([40, 25, 31], dtype=np.int32))
    return mask_features, (xs, xs_lens)
