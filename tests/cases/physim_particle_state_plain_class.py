# case: particle integrator that packs tensors into a plain Python state class inside construct and mutates it -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ParticleState:
    def __init__(self, pos, vel, age):
        self.pos = pos
        self.vel = vel
        self.age = age

    def kinetic(self):
        return 0.5 * (self.vel * self.vel).sum()


class ParticleEmitterStep(nn.Cell):
    def __init__(self, dt=0.01, drag=0.1, n_steps=4):
        super().__init__()
        self.dt = dt
        self.drag = drag
        self.n_steps = n_steps
        self.gravity = Tensor(np.array([0.0, -9.8, 0.0], np.float32))

    def construct(self, pos, vel, age):
        state = ParticleState(pos, vel, age)
        for _ in range(self.n_steps):
            acc = self.gravity - self.drag * state.vel
            state.vel = state.vel + self.dt * acc
            state.pos = state.pos + self.dt * state.vel
            state.age = state.age + self.dt
        return state.pos, state.kinetic()


def make():
    np.random.seed(5)
    pos = Tensor(np.random.rand(20, 3).astype(np.float32))
    vel = Tensor(np.random.randn(20, 3).astype(np.float32))
    age = Tensor(np.zeros(20, np.float32))
    return ParticleEmitterStep(), (pos, vel, age)
