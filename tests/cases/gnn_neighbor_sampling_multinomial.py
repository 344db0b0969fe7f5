# case: @ms.jit neighbour sampler draws a fixed fanout per node with ops.multinomial over adjacency rows; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FANOUT = 3


@ms.jit
def sample_and_aggregate(adj, x):
    probs = adj / ops.maximum(adj.sum(1, keepdims=True), 1e-6)
    probs = probs + 1e-6
    nbr = ops.multinomial(probs, FANOUT, replacement=True)
    feats = ops.gather(x, nbr.reshape(-1), 0)
    feats = feats.reshape(adj.shape[0], FANOUT, x.shape[1])
    return ops.concat((x, feats.mean(1)), -1)


def make():
    rng = np.random.RandomState(23)
    adj = Tensor((rng.rand(8, 8) > 0.6).astype(np.float32))
    x = Tensor(rng.randn(8, 4).astype(np.float32))
    return sample_and_aggregate, (adj, x)
