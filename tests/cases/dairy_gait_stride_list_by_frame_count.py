# case: gait analyser loops range(int(n_valid)) over a tensor frame count, appending hoof displacements to a list and stacking them -> error or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrideLengths(nn.Cell):
    def __init__(self, hoof_joint=3):
        super().__init__()
        self.hoof_joint = hoof_joint

    def displacement(self, keypoints, t):
        step = keypoints[t + 1, self.hoof_joint] - keypoints[t, self.hoof_joint]
        return ops.sqrt((step ** 2).sum())

    def construct(self, keypoints, n_valid):
        strides = []
        for t in range(int(n_valid) - 1):
            strides.append(self.displacement(keypoints, t))
        strides = ops.stack(strides)
        asym = strides.std() / (strides.mean() + 1e-6)
        return strides, asym


def make():
    np.random.seed(30)
    kp = np.cumsum(np.random.uniform(0, 5, (20, 6, 2)), axis=0).astype(np.float32)
    return StrideLengths(), (Tensor(kp), Tensor(14, ms.int32))
