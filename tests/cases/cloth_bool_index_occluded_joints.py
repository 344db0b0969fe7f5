# case: occluded joints picked by boolean-mask indexing of the keypoint tensor to compute an inpainting prior -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OcclusionPrior(nn.Cell):
    def __init__(self, occ_thresh=0.5):
        super().__init__()
        self.occ_thresh = occ_thresh

    def construct(self, keypoints, occlusion_score, mean_pose):
        occluded = occlusion_score > self.occ_thresh
        occ_kps = keypoints[occluded]
        occ_mean = mean_pose[occluded]
        drift = ((occ_kps - occ_mean) ** 2).sum(axis=1)
        return drift.mean()


def make():
    np.random.seed(6)
    kps = Tensor(np.random.rand(14, 2).astype(np.float32))
    occ = Tensor(np.random.rand(14).astype(np.float32))
    mean_pose = Tensor(np.random.rand(14, 2).astype(np.float32))
    return OcclusionPrior(), (kps, occ, mean_pose)
