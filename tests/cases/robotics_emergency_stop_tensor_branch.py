# case: emergency-stop wrapper branching on a tensor condition where both branches return the same-shaped action -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EmergencyStopWrapper(nn.Cell):
    def __init__(self, obs_dim=8, action_dim=3, force_limit=20.0, brake_gain=0.5):
        super().__init__()
        self.policy = nn.SequentialCell(nn.Dense(obs_dim, 32), nn.ReLU(), nn.Dense(32, action_dim))
        self.force_limit = force_limit
        self.brake_gain = brake_gain

    def braking_action(self, velocity):
        return -self.brake_gain * velocity

    def construct(self, obs, velocity, contact_force):
        if contact_force.max() > self.force_limit:
            action = self.braking_action(velocity)
        else:
            action = ops.tanh(self.policy(obs))
        return action


def make():
    np.random.seed(34)
    obs = Tensor(np.random.randn(1, 8).astype(np.float32))
    vel = Tensor(np.random.randn(1, 3).astype(np.float32))
    force = Tensor(np.array([[3.0, 25.0, 1.0]], np.float32))
    return EmergencyStopWrapper(), (obs, vel, force)
