# case: loop for i in range(num_people) with num_people a tensor, appending per-person projected joints to a list -> error or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerPersonProjector(nn.Cell):
    def __init__(self, focal=400.0):
        super().__init__()
        self.focal = focal

    def project(self, joints, cam_t):
        p = joints + cam_t
        return self.focal * p[:, :2] / p[:, 2:3]

    def construct(self, joints, cam_t, num_people):
        # joints: (Pmax, J, 3), cam_t: (Pmax, 3)
        outs = []
        for i in range(num_people):
            outs.append(self.project(joints[i], cam_t[i]))
        return ops.stack(outs)


def make():
    np.random.seed(0)
    j = Tensor(np.random.randn(5, 9, 3).astype(np.float32) * 0.3)
    t = Tensor(np.tile(np.array([0, 0, 6.0], np.float32), (5, 1)))
    return PerPersonProjector(), (j, t, Tensor(3, ms.int32))
