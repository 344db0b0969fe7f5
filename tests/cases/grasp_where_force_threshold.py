# case: per-finger grip controller that uses ops.where on a force threshold to either close further or hold each finger -> elementwise select with static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FingerForceController(nn.Cell):
    def __init__(self, target_force=2.0, close_speed=0.005, max_force=5.0):
        super().__init__()
        self.target_force = target_force
        self.close_speed = close_speed
        self.max_force = max_force

    def construct(self, finger_pos, finger_force):
        below = finger_force < self.target_force
        over = finger_force > self.max_force
        step = ops.where(below, ops.full_like(finger_pos, -self.close_speed), ops.zeros_like(finger_pos))
        step = ops.where(over, ops.full_like(finger_pos, self.close_speed), step)
        new_pos = ops.clamp(finger_pos + step, 0.0, 0.04)
        return new_pos, below.all()


def make():
    np.random.seed(33)
    pos = Tensor((np.random.rand(3) * 0.04).astype(np.float32))
    force = Tensor((np.random.rand(3) * 6).astype(np.float32))
    return FingerForceController(), (pos, force)
