# case: NODE-like ensemble of oblivious soft trees, each on a fixed random feature subspace chosen with numpy at init -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ObliviousSoftTree(nn.Cell):
    def __init__(self, in_dim, depth=2, d_out=1, temperature=1.0):
        super().__init__()
        self.thresholds = Parameter(Tensor(np.zeros(depth, np.float32)), name="thr")
        self.feature_logits = Parameter(Tensor(np.random.randn(in_dim, depth).astype(np.float32)), name="sel")
        self.responses = Parameter(Tensor(np.random.randn(2 ** depth, d_out).astype(np.float32) * 0.1), name="resp")
        self.depth = depth
        self.temperature = temperature

    def construct(self, x):
        feats = ops.matmul(x, ops.softmax(self.feature_logits, axis=0))
        right = ops.sigmoid((feats - self.thresholds) / self.temperature)
        probs = ops.ones((x.shape[0], 1), x.dtype)
        for d in range(self.depth):
            r = right[:, d:d + 1]
            probs = ops.concat((probs * (1 - r), probs * r), axis=1)
        return ops.matmul(probs, self.responses)


class SubspaceTreeEnsemble(nn.Cell):
    def __init__(self, n_features=8, n_trees=3, subspace=4, depth=2, seed=0):
        super().__init__()
        rng = np.random.RandomState(seed)
        self.subsets = [Tensor(np.sort(rng.choice(n_features, subspace, replace=False)).astype(np.int32))
                        for _ in range(n_trees)]
        self.trees = nn.CellList([ObliviousSoftTree(subspace, depth) for _ in range(n_trees)])

    def construct(self, x):
        outs = []
        for cols, tree in zip(self.subsets, self.trees):
            outs.append(tree(ops.gather(x, cols, 1)))
        return ops.stack(outs, axis=0).mean(axis=0)


def make():
    np.random.seed(36)
    ms.set_seed(36)
    x = Tensor(np.random.randn(5, 8).astype(np.float32))
    return SubspaceTreeEnsemble(), (x,)
