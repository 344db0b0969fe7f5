# case: jitted helper normalises the policy over the legal moves that come first in the list, cutting at n_legal.item() -> slice bound from .item() of a tensor inside ms.jit
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def legal_policy(logits, n_legal):
    k = n_legal.item()
    legal = logits[:k]
    probs = ops.softmax(legal, axis=0)
    entropy = -(probs * ops.log(probs + 1e-8)).sum()
    return probs, entropy


def make():
    np.random.seed(33)
    logits = Tensor(np.random.randn(64).astype(np.float32))
    return legal_policy, (logits, Tensor(20, ms.int32))
