# case: @ms.jit dataset-side helper cuts a flat trajectory of actions into overlapping ACT chunks with a Python-int stride, padding the tail with the last action and returning an action_is_pad mask; chunk count computed from actions.shape -> shape arithmetic only, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CHUNK_SIZE = 4
STRIDE = 2


def _pad_tail(actions, n_pad):
    last = actions[-1:].broadcast_to((n_pad, actions.shape[1]))
    return ops.concat([actions, last], axis=0)


@ms.jit
def make_chunks(actions):
    t = actions.shape[0]
    n_chunks = (t - 1) // STRIDE + 1
    n_pad = (n_chunks - 1) * STRIDE + CHUNK_SIZE - t
    padded = _pad_tail(actions, n_pad)
    chunks = ops.stack([padded[i * STRIDE:i * STRIDE + CHUNK_SIZE] for i in range(n_chunks)])
    steps = ops.arange(CHUNK_SIZE).view(1, -1) + ops.arange(n_chunks).view(-1, 1) * STRIDE
    is_pad = steps >= t
    return chunks, is_pad


def make():
    np.random.seed(37)
    return make_chunks, (Tensor(np.random.randn(11, 7).astype(np.float32)),)
