# case: jit-compiled FedProx objective adds mu/2 * ||w - w_global||^2 summed with zip over tuples of local and global weight tensors -> Python-level loop over a fixed tuple, static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FEDPROX_MU = 0.01


def _proximal_term(local_weights, global_weights):
    return sum([((lw - gw) ** 2).sum() for lw, gw in zip(local_weights, global_weights)])


@ms.jit
def fedprox_objective(logits, labels, local_weights, global_weights):
    ce = ops.cross_entropy(logits, labels)
    return ce + 0.5 * FEDPROX_MU * _proximal_term(local_weights, global_weights)


def make():
    np.random.seed(39)
    logits = Tensor(np.random.randn(6, 4).astype(np.float32))
    labels = Tensor(np.random.randint(0, 4, size=(6,)).astype(np.int32))
    local_w = (Tensor(np.random.randn(4, 8).astype(np.float32)), Tensor(np.random.randn(4).astype(np.float32)))
    global_w = (Tensor(np.random.randn(4, 8).astype(np.float32)), Tensor(np.random.randn(4).astype(np.float32)))
    return fedprox_objective, (logits, labels, local_w, global_w)
