# case: TabNet-style encoder with n_steps from config, prior-scaled softmax masks, GLU feature transformer, entropy regulariser -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GLUBlock(nn.Cell):
    def __init__(self, d_in, d_out):
        super().__init__()
        self.fc = nn.Dense(d_in, 2 * d_out, has_bias=False)
        self.bn = nn.BatchNorm1d(2 * d_out)

    def construct(self, x):
        a, b = ops.chunk(self.bn(self.fc(x)), 2, axis=1)
        return a * ops.sigmoid(b)


class TabNetEncoder(nn.Cell):
    def __init__(self, n_features=6, n_d=4, n_steps=3, gamma=1.5, eps=1e-10):
        super().__init__()
        self.n_steps = n_steps
        self.gamma = gamma
        self.eps = eps
        self.n_d = n_d
        self.initial = GLUBlock(n_features, 2 * n_d)
        self.transformers = nn.CellList([GLUBlock(n_features, 2 * n_d) for _ in range(n_steps)])
        self.attentives = nn.CellList([nn.Dense(n_d, n_features) for _ in range(n_steps)])

    def construct(self, x):
        prior = ops.ones_like(x)
        a = self.initial(x)[:, self.n_d:]
        out = ops.zeros((x.shape[0], self.n_d), x.dtype)
        m_loss = 0.0
        for step in range(self.n_steps):
            mask = ops.softmax(self.attentives[step](a) * prior, axis=-1)
            m_loss = m_loss + (-mask * ops.log(mask + self.eps)).sum(axis=1).mean()
            prior = prior * (self.gamma - mask)
            h = self.transformers[step](mask * x)
            out = out + ops.relu(h[:, :self.n_d])
            a = h[:, self.n_d:]
        return out, m_loss / self.n_steps


def make():
    np.random.seed(33)
    ms.set_seed(33)
    x = Tensor(np.random.randn(5, 6).astype(np.float32))
    return TabNetEncoder(), (x,)
