# case: trims a padded keypoint clip to its valid frame count using int(tensor) as slice end -> slice size from tensor value, dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipTrimmer(nn.Cell):
    def __init__(self, num_joints=21):
        super().__init__()
        self.num_joints = num_joints
        self.proj = nn.Dense(num_joints * 3, 16)

    def construct(self, keypoints, valid_len):
        # keypoints: (T, J, 3), valid_len: scalar int tensor
        n = int(valid_len)
        clip = keypoints[:n]
        flat = clip.reshape(clip.shape[0], -1)
        feats = self.proj(flat)
        return feats.mean(axis=0)


def make():
    np.random.seed(0)
    kp = Tensor(np.random.randn(12, 21, 3).astype(np.float32))
    valid_len = Tensor(9, ms.int32)
    return ClipTrimmer(), (kp, valid_len)
