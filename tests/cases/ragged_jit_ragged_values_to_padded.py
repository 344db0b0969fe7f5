# case: @ms.jit function scattering flat ragged values into a [batch, max_len] padded tensor, max_len a Python constant -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MAX_LEN = 5
PAD_VALUE = 0.0


def _row_positions(row_ids, row_starts):
    flat_pos = ops.arange(row_ids.shape[0], dtype=ms.int32)
    return flat_pos - ops.gather(row_starts, row_ids, 0)


@ms.jit
def ragged_to_padded(values, row_ids, row_starts):
    batch = row_starts.shape[0]
    col = ops.clamp(_row_positions(row_ids, row_starts), max=MAX_LEN - 1)
    index = ops.stack((row_ids, col), axis=-1)
    base = ops.fill(ms.float32, (batch, MAX_LEN, values.shape[-1]), PAD_VALUE)
    padded = ops.tensor_scatter_update(base, index, values)
    mask = ops.tensor_scatter_update(ops.zeros((batch, MAX_LEN), ms.bool_), index,
                                     ops.ones((values.shape[0],), ms.bool_))
    return padded, mask


def make():
    np.random.seed(0)
    values = Tensor(np.random.randn(7, 3).astype(np.float32))
    row_ids = Tensor(np.array([0, 0, 0, 1, 2, 2, 2], dtype=np.int32))
    row_starts = Tensor(np.array([0, 3, 4], dtype=np.int32))
    return ragged_to_padded, (values, row_ids, row_starts)
