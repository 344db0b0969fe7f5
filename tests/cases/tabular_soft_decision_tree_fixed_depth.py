# case: soft decision tree (Frosst & Hinton style) routing through depth levels from config with Python-int loop and reshape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SoftDecisionTree(nn.Cell):
    def __init__(self, in_dim=6, depth=3, n_classes=3, beta=1.0, use_penalty=True):
        super().__init__()
        self.depth = depth
        self.n_leaves = 2 ** depth
        self.inner = nn.Dense(in_dim, self.n_leaves - 1)
        self.leaf_dist = Parameter(Tensor(np.zeros((self.n_leaves, n_classes), np.float32)), name="leaves")
        self.beta = beta
        self.use_penalty = use_penalty

    def _route(self, x):
        p = ops.sigmoid(self.beta * self.inner(x))
        mu = ops.ones((x.shape[0], 1), x.dtype)
        begin = 0
        penalty = 0.0
        for level in range(self.depth):
            width = 2 ** level
            p_level = p[:, begin:begin + width]
            if self.use_penalty:
                alpha = (mu * p_level).sum(axis=0) / (mu.sum(axis=0) + 1e-6)
                penalty = penalty - 0.5 * (ops.log(alpha + 1e-6) + ops.log(1 - alpha + 1e-6)).mean()
            mu = ops.stack((mu * p_level, mu * (1 - p_level)), axis=2).reshape(x.shape[0], 2 * width)
            begin += width
        return mu, penalty

    def construct(self, x):
        mu, penalty = self._route(x)
        probs = ops.matmul(mu, ops.softmax(self.leaf_dist, axis=-1))
        return probs, penalty


def make():
    np.random.seed(35)
    ms.set_seed(35)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    return SoftDecisionTree(), (x,)
