# case: hypernetwork generating both layers of a target MLP from a task embedding, reshaped with config-constant sizes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HyperHead(nn.Cell):
    def __init__(self, emb_dim, fan_in, fan_out, init_scale=0.1):
        super().__init__()
        self.fan_in, self.fan_out = fan_in, fan_out
        self.w = nn.Dense(emb_dim, fan_in * fan_out)
        self.b = nn.Dense(emb_dim, fan_out)
        self.init_scale = init_scale

    def construct(self, e):
        w = self.w(e).reshape(-1, self.fan_in, self.fan_out) * self.init_scale
        return w, self.b(e).expand_dims(1)


class HyperMLP(nn.Cell):
    def __init__(self, num_tasks=4, emb_dim=8, in_dim=6, hidden=10, out_dim=2):
        super().__init__()
        self.task_emb = nn.Embedding(num_tasks, emb_dim)
        self.layer1 = HyperHead(emb_dim, in_dim, hidden)
        self.layer2 = HyperHead(emb_dim, hidden, out_dim)

    def construct(self, x, task_ids):
        e = self.task_emb(task_ids)
        w1, b1 = self.layer1(e)
        w2, b2 = self.layer2(e)
        h = ops.relu(ops.bmm(x, w1) + b1)
        return ops.bmm(h, w2) + b2


def make():
    np.random.seed(23)
    net = HyperMLP()
    x = Tensor(np.random.randn(3, 5, 6).astype(np.float32))
    tids = Tensor(np.array([0, 2, 3], np.int32))
    return net, (x, tids)
