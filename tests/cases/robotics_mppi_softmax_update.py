# case: MPPI iterative refinement with softmax importance weights over a fixed sample count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PointMassDynamics(nn.Cell):
    def __init__(self, dt=0.1):
        super().__init__()
        self.dt = dt

    def construct(self, pos, vel, u):
        vel = vel + self.dt * u
        return pos + self.dt * vel, vel


class MPPIRefiner(nn.Cell):
    def __init__(self, horizon=5, samples=16, temperature=0.5, iterations=2, sigma=0.4):
        super().__init__()
        self.dyn = PointMassDynamics()
        self.horizon = horizon
        self.samples = samples
        self.temperature = temperature
        self.iterations = iterations
        self.sigma = sigma

    def rollout_cost(self, pos, vel, u_seq, goal):
        p = ops.broadcast_to(pos, (self.samples, 2))
        v = ops.broadcast_to(vel, (self.samples, 2))
        cost = ops.zeros((self.samples,), ms.float32)
        for t in range(self.horizon):
            p, v = self.dyn(p, v, u_seq[:, t])
            cost += ((p - goal) ** 2).sum(-1) + 0.01 * (u_seq[:, t] ** 2).sum(-1)
        return cost

    def construct(self, pos, vel, goal, noise):
        u = ops.zeros((self.horizon, 2), ms.float32)
        for k in range(self.iterations):
            u_seq = u.expand_dims(0) + self.sigma * noise[k]
            cost = self.rollout_cost(pos, vel, u_seq, goal)
            w = ops.softmax(-cost / self.temperature, axis=0)
            u = (w.reshape(-1, 1, 1) * u_seq).sum(axis=0)
        return u[0]


def make():
    np.random.seed(19)
    pos = Tensor(np.zeros((1, 2), np.float32))
    vel = Tensor(np.zeros((1, 2), np.float32))
    goal = Tensor(np.array([[1.0, 0.5]], np.float32))
    noise = Tensor(np.random.randn(2, 16, 5, 2).astype(np.float32))
    return MPPIRefiner(), (pos, vel, goal, noise)
