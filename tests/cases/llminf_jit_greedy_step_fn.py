# case: @ms.jit greedy decode step function with EOS masking and ids buffer update by one-hot position -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def _apply_eos(next_tokens, finished, pad_id):
    return ops.where(finished, ops.full_like(next_tokens, pad_id), next_tokens)


@ms.jit
def greedy_step(logits, ids_buffer, cur_pos, finished, eos_id=2, pad_id=0):
    next_tokens = ops.argmax(logits, dim=-1).astype(ms.int32)
    next_tokens = _apply_eos(next_tokens, finished, pad_id)
    cols = ops.arange(ids_buffer.shape[1]).reshape(1, -1)
    ids_buffer = ops.where(cols == cur_pos, next_tokens.reshape(-1, 1), ids_buffer)
    finished = ops.logical_or(finished, next_tokens == eos_id)
    return ids_buffer, finished, cur_pos + 1


def make():
    np.random.seed(49)
    logits = Tensor(np.random.randn(2, 12).astype(np.float32))
    buf = Tensor(np.zeros((2, 6), np.int32))
    finished = Tensor(np.array([False, True]))
    return greedy_step, (logits, buf, Tensor(2, ms.int32), finished)
