# case: retarget the upper-body half of a mocap clip, cut at half the frame count taken from x.shape -> slice bound from static shape, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UpperBodyRetarget(nn.Cell):
    def __init__(self, n_src_joints=17, n_dst_joints=10, upper=(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)):
        super().__init__()
        self.upper = Tensor(np.array(upper, np.int32))
        self.bone_scale = ms.Parameter(Tensor(np.full((n_dst_joints, 1), 0.8, np.float32)), name="bone_scale")

    def construct(self, clip):
        # clip: (frames, joints, 3); only the first half of the take is on stage
        half = clip.shape[0] // 2
        part = clip[:half]
        upper = ops.gather(part, self.upper, 1)
        root = upper[:, :1, :]
        return (upper - root) * self.bone_scale + root


def make():
    np.random.seed(47)
    clip = np.random.randn(24, 17, 3).astype(np.float32)
    return UpperBodyRetarget(), (Tensor(clip),)
