# case: PBD cloth distance constraints with pinned vertices from a non-trainable Parameter mask and ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DistanceConstraints(nn.Cell):
    def __init__(self, edges, rest_lengths, stiffness=0.9):
        super().__init__()
        self.i = Tensor(edges[:, 0].astype(np.int32))
        self.j = Tensor(edges[:, 1].astype(np.int32))
        self.rest = Tensor(rest_lengths.astype(np.float32))
        self.stiffness = stiffness

    def construct(self, x):
        xi, xj = ops.gather(x, self.i, 0), ops.gather(x, self.j, 0)
        d = xj - xi
        l = ops.norm(d, dim=-1)
        corr = self.stiffness * 0.5 * ops.expand_dims((l - self.rest) / (l + 1e-6), -1) * d
        delta = ops.zeros_like(x)
        delta = ops.index_add(delta, self.i, corr, 0)
        delta = ops.index_add(delta, self.j, -corr, 0)
        return x + delta


class PBDCloth(nn.Cell):
    def __init__(self, res=4, iterations=5, dt=0.01):
        super().__init__()
        idx = np.arange(res * res).reshape(res, res)
        edges = np.concatenate([np.stack([idx[:, :-1].ravel(), idx[:, 1:].ravel()], 1),
                                np.stack([idx[:-1].ravel(), idx[1:].ravel()], 1)], 0)
        rest = np.full(len(edges), 1.0 / (res - 1), np.float32)
        self.constraints = DistanceConstraints(edges, rest)
        pinned = np.zeros((res * res, 1), bool)
        pinned[[0, res - 1]] = True
        self.pinned = Parameter(Tensor(pinned), name="pinned", requires_grad=False)
        self.iterations = iterations
        self.dt = dt
        self.g = Tensor(np.array([0.0, -9.8, 0.0], np.float32))

    def construct(self, x, v):
        pred = x + self.dt * v + self.dt * self.dt * self.g
        pred = ops.select(self.pinned.broadcast_to(x.shape), x, pred)
        for _ in range(self.iterations):
            pred = self.constraints(pred)
            pred = ops.select(self.pinned.broadcast_to(x.shape), x, pred)
        return pred, (pred - x) / self.dt


def make():
    res = 4
    g = np.linspace(0, 1, res, dtype=np.float32)
    xx, zz = np.meshgrid(g, g)
    x = np.stack([xx, np.ones_like(xx), zz], -1).reshape(-1, 3).astype(np.float32)
    return PBDCloth(res=res), (Tensor(x), Tensor(np.zeros_like(x)))
