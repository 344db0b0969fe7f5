# case: jit function that blends current and previous keypoints per joint by confidence with ops.where (temporal hold for dropped joints) -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


HOLD_THRESHOLD = 0.3


@ms.jit
def hold_dropped_joints(keypoints, joint_conf):
    # keypoints: (T, J, 2), joint_conf: (T, J)
    prev = ops.concat((keypoints[:1], keypoints[:-1]), axis=0)
    dropped = (joint_conf < HOLD_THRESHOLD).expand_dims(-1)
    held = ops.where(dropped, prev, keypoints)
    velocity = held[1:] - held[:-1]
    speed = ops.sqrt((velocity * velocity).sum(axis=-1) + 1e-8)
    return held, speed.mean(axis=-1)


def make():
    np.random.seed(30)
    kp = Tensor(np.random.randn(9, 21, 2).astype(np.float32))
    conf = Tensor(np.random.rand(9, 21).astype(np.float32))
    return hold_dropped_joints, (kp, conf)
