# case: an @ms.jit function trims a padded batch to the maximum of a lengths tensor, a data-dependent slice bound, so expect a dynamic shape
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def trim_batch(padded, lengths):
    max_len = lengths.max()
    trimmed = padded[:, :max_len]
    mask = ops.ones_like(trimmed)
    return trimmed * mask


def make():
    padded = Tensor(np.random.randn(3, 10).astype(np.float32))
    lengths = Tensor(np.array([4, 6, 2], np.int32))
    return trim_batch, (padded, lengths)
