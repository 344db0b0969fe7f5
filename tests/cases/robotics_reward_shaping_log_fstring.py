# case: reward shaping cell that logs a formatted summary of the shaped reward with float() of a tensor -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseRewardShaper(nn.Cell):
    def __init__(self, reach_weight=1.0, grasp_weight=0.5, lift_weight=2.0, verbose=True):
        super().__init__()
        self.reach_weight = reach_weight
        self.grasp_weight = grasp_weight
        self.lift_weight = lift_weight
        self.verbose = verbose

    def stage_rewards(self, gripper, obj, grasped, obj_height):
        reach = 1.0 - ops.tanh(5.0 * ops.norm(gripper - obj, dim=-1))
        grasp = grasped.astype(ms.float32)
        lift = ops.clamp(obj_height, 0.0, 0.2) / 0.2 * grasp
        return reach, grasp, lift

    def construct(self, gripper, obj, grasped, obj_height):
        reach, grasp, lift = self.stage_rewards(gripper, obj, grasped, obj_height)
        total = self.reach_weight * reach + self.grasp_weight * grasp + self.lift_weight * lift
        if self.verbose:
            mean_r = float(total.mean())
            print(f"shaped reward mean={mean_r:.3f}")
        return total


def make():
    np.random.seed(21)
    gripper = Tensor(np.random.randn(4, 3).astype(np.float32))
    obj = Tensor(np.random.randn(4, 3).astype(np.float32))
    grasped = Tensor(np.array([True, False, True, False]))
    height = Tensor(np.random.rand(4).astype(np.float32) * 0.3)
    return DenseRewardShaper(), (gripper, obj, grasped, height)
