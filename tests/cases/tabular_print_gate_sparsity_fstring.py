# case: TabNet-style attentive transformer logs mask sparsity with an f-string over tensor values each step -> compile error at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttentiveTransformer(nn.Cell):
    def __init__(self, d_in=8, n_features=8, gamma=1.3):
        super().__init__()
        self.fc = nn.Dense(d_in, n_features, has_bias=False)
        self.bn = nn.BatchNorm1d(n_features)
        self.gamma = gamma

    def construct(self, h, prior):
        logits = self.bn(self.fc(h)) * prior
        return ops.softmax(logits, axis=-1)


class TabNetMasks(nn.Cell):
    def __init__(self, n_features=8, n_steps=2, verbose=True):
        super().__init__()
        self.att = AttentiveTransformer(n_features, n_features)
        self.n_steps = n_steps
        self.verbose = verbose

    def construct(self, x):
        prior = ops.ones_like(x)
        h = x
        out = ops.zeros_like(x)
        for step in range(self.n_steps):
            mask = self.att(h, prior)
            if self.verbose:
                sparsity = (mask < 1e-3).astype(ms.float32).mean()
                print(f"step {step}: mask sparsity={sparsity}")
            prior = prior * (self.att.gamma - mask)
            h = mask * x
            out = out + ops.relu(h)
        return out


def make():
    np.random.seed(9)
    ms.set_seed(9)
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    return TabNetMasks(), (x,)
