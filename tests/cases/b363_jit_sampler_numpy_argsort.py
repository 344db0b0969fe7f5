# case: @ms.jit top-k sampling function sorts candidate logits on the host with np.argsort(logits.asnumpy()) and rebuilds a Tensor of the best ids -> NumPy on a tensor inside a jit function; expect Graph mode to reject or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TOP_K = 4


def _softmax(x):
    return ops.softmax(x, axis=-1)


@ms.jit
def sample_top_k(logits, gumbel):
    order = np.argsort(-logits.asnumpy(), axis=-1)[:, :TOP_K]
    top_ids = Tensor(order.astype(np.int32))
    top_logits = ops.gather_elements(logits, 1, top_ids)
    choice = ops.argmax(_softmax(top_logits) + gumbel[:, :TOP_K], dim=-1, keepdim=True)
    return ops.gather_elements(top_ids, 1, choice.astype(ms.int32)).squeeze(-1)


def make():
    np.random.seed(3665)
    logits = Tensor(np.random.randn(2, 20).astype(np.float32))
    gumbel = Tensor(np.random.gumbel(size=(2, 20)).astype(np.float32))
    return sample_top_k, (logits, gumbel)
