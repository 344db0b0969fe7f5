# case: velocity-command resampler that holds a @ms.jit_class CommandRanges object built in __init__ and only reads its fields in construct, resampling commands of reset envs with ops.where -> expected to compile in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class CommandRanges:
    def __init__(self, lin_x=(-1.0, 1.0), lin_y=(-0.5, 0.5), yaw=(-1.0, 1.0)):
        self.lo = Tensor(np.array([lin_x[0], lin_y[0], yaw[0]], np.float32))
        self.hi = Tensor(np.array([lin_x[1], lin_y[1], yaw[1]], np.float32))

    def scale(self, u):
        return self.lo + (self.hi - self.lo) * u


class CommandConfig:
    heading_command = False
    small_cmd_threshold = 0.2


class CommandResampler(nn.Cell):
    def __init__(self, config, ranges=None):
        super().__init__()
        self.ranges = ranges if ranges is not None else CommandRanges()
        self.heading_command = config.heading_command
        self.threshold = config.small_cmd_threshold

    def construct(self, commands, reset_mask, uniform):
        new_cmd = self.ranges.scale(uniform)
        commands = ops.where(reset_mask.expand_dims(-1), new_cmd, commands)
        # zero out tiny planar commands so the robot learns to stand still
        planar = ops.norm(commands[:, :2], dim=-1, keepdim=True)
        keep = (planar > self.threshold).astype(commands.dtype)
        commands = ops.concat((commands[:, :2] * keep, commands[:, 2:]), axis=-1)
        if self.heading_command:
            commands = ops.clamp(commands, -1.0, 1.0)
        return commands


def make():
    np.random.seed(40)
    cmd = Tensor(np.random.uniform(-1, 1, size=(8, 3)).astype(np.float32))
    reset = Tensor(np.random.rand(8) > 0.5)
    u = Tensor(np.random.rand(8, 3).astype(np.float32))
    return CommandResampler(CommandConfig()), (cmd, reset, u)
