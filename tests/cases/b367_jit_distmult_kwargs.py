# case: @ms.jit DistMult scoring function for a batch of triples with a config-style keyword (normalize) forwarded through **kwargs to a module-level helper -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EPS = 1e-6


def _maybe_normalize(x, normalize=False, **unused):
    if normalize:
        return x / (ops.sqrt((x * x).sum(-1, keepdims=True)) + EPS)
    return x


def _lookup(table, idx, **kwargs):
    return _maybe_normalize(ops.gather(table, idx, 0), **kwargs)


@ms.jit
def distmult_scores(ent_table, rel_table, hrt):
    h = _lookup(ent_table, hrt[:, 0], normalize=True)
    r = _lookup(rel_table, hrt[:, 1])
    t = _lookup(ent_table, hrt[:, 2], normalize=True, clip=None)
    return (h * r * t).sum(-1)


def make():
    np.random.seed(3708)
    ne, nr, d, b = 40, 6, 12, 9
    hrt = np.stack([np.random.randint(0, ne, b), np.random.randint(0, nr, b), np.random.randint(0, ne, b)], 1)
    return distmult_scores, (
        Tensor(np.random.randn(ne, d).astype(np.float32)),
        Tensor(np.random.randn(nr, d).astype(np.float32)),
        Tensor(hrt, ms.int32))
