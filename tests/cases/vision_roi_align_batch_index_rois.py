# case: Mask R-CNN RoI head prepends the batch index column to fixed-count proposals and runs ROIAlign -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoIFeatureExtractor(nn.Cell):
    def __init__(self, output_size=4, spatial_scale=0.25, sampling_ratio=2, num_rois=8):
        super().__init__()
        self.roi_align = ops.ROIAlign(output_size, output_size, spatial_scale, sampling_ratio)
        self.num_rois = num_rois
        self.fc = nn.Dense(8 * output_size * output_size, 16)

    def _to_rois(self, proposals):
        b, n = proposals.shape[0], proposals.shape[1]
        batch_idx = ops.arange(b, dtype=ms.float32).reshape(b, 1, 1)
        batch_idx = ops.broadcast_to(batch_idx, (b, n, 1))
        return ops.concat((batch_idx, proposals), axis=-1).reshape(-1, 5)

    def construct(self, features, proposals, scores):
        _, order = ops.topk(scores, self.num_rois)
        order = order.expand_dims(-1)
        order = ops.broadcast_to(order, (order.shape[0], order.shape[1], 4))
        top = ops.gather_elements(proposals, 1, order)
        rois = self._to_rois(top)
        pooled = self.roi_align(features, rois)
        return self.fc(pooled.reshape(pooled.shape[0], -1))


def make():
    np.random.seed(43)
    ms.set_seed(43)
    feats = Tensor(np.random.rand(2, 8, 8, 8).astype(np.float32))
    xy = np.random.rand(2, 20, 2).astype(np.float32) * 20
    props = Tensor(np.concatenate([xy, xy + 8], axis=-1))
    scores = Tensor(np.random.rand(2, 20).astype(np.float32))
    return RoIFeatureExtractor(), (feats, props, scores)
