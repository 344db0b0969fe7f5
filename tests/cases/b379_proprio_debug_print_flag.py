# case: proprioception encoder logs an f-string summary of the joint limits hit, but only under config.debug which defaults to False and is never set; the rest is clipping and a Dense stack -> debug branch constant-false, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProprioConfig:
    def __init__(self, n_joints=7, hidden=32, debug=False, joint_limit=2.8):
        self.n_joints = n_joints
        self.hidden = hidden
        self.debug = debug
        self.joint_limit = joint_limit


class ProprioEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.debug = config.debug
        self.joint_limit = config.joint_limit
        self.mlp = nn.SequentialCell(nn.Dense(2 * config.n_joints, config.hidden), nn.ReLU(),
                                     nn.Dense(config.hidden, config.hidden))

    def construct(self, qpos, qvel):
        at_limit = (ops.abs(qpos) > self.joint_limit).astype(ms.float32)
        if self.debug:
            n_hit = at_limit.sum().asnumpy()
            print(f"[proprio] joints at limit: {n_hit}")
        q = ops.clamp(qpos, -self.joint_limit, self.joint_limit)
        return self.mlp(ops.concat([q, qvel], axis=-1)), at_limit.mean()


def make():
    np.random.seed(35)
    qpos = Tensor((np.random.randn(4, 7) * 2).astype(np.float32))
    qvel = Tensor(np.random.randn(4, 7).astype(np.float32))
    return ProprioEncoder(ProprioConfig()), (qpos, qvel)
