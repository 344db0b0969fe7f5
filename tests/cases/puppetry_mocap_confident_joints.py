# case: retarget only mocap joints whose tracking confidence passes a threshold, found with ops.nonzero -> data-dependent index count, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidentJointRetarget(nn.Cell):
    def __init__(self, n_src=17, n_dst=12, conf_thr=0.6):
        super().__init__()
        self.conf_thr = conf_thr
        self.proj = nn.Dense(3, 3)

    def construct(self, joints, confidence):
        idx = ops.nonzero(confidence > self.conf_thr)
        idx = idx.reshape(-1)
        good = ops.gather(joints, idx, 0)
        mapped = self.proj(good)
        return mapped.mean(axis=0)


def make():
    np.random.seed(15)
    joints = np.random.randn(17, 3).astype(np.float32)
    conf = np.random.rand(17).astype(np.float32)
    return ConfidentJointRetarget(), (Tensor(joints), Tensor(conf))
