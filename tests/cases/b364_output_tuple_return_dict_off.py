# case: anomaly model head with an AnomalyOutput class path, but the config defaults return_dict=False and no caller changes it, so a flag-length tuple is returned -> static
from typing import Optional
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnomalyOutput:
    def __init__(self, pred_score, anomaly_map, pred_mask: Optional[Tensor] = None):
        self.pred_score = pred_score
        self.anomaly_map = anomaly_map
        self.pred_mask = pred_mask


class HeadConfig:
    def __init__(self, out_size=(16, 16), threshold=0.5, return_dict=False, compute_mask=True):
        self.out_size = out_size
        self.threshold = threshold
        self.return_dict = return_dict
        self.compute_mask = compute_mask


class AnomalyHead(nn.Cell):
    def __init__(self, config: HeadConfig):
        super().__init__()
        self.out_size = config.out_size
        self.threshold = config.threshold
        self.return_dict = config.return_dict
        self.compute_mask = config.compute_mask

    def construct(self, patch_scores, return_dict: Optional[bool] = None):
        return_dict = return_dict if return_dict is not None else self.return_dict
        amap = ops.interpolate(patch_scores, size=self.out_size, mode="bilinear", align_corners=False)
        score = amap.reshape(amap.shape[0], -1).max(axis=1)
        mask = (amap > self.threshold).astype(ms.float32) if self.compute_mask else None
        if not return_dict:
            outputs = (score, amap)
            return outputs + (mask,) if mask is not None else outputs
        return AnomalyOutput(pred_score=score, anomaly_map=amap, pred_mask=mask)


def make():
    np.random.seed(3652)
    net = AnomalyHead(HeadConfig())
    scores = Tensor(np.random.rand(2, 1, 4, 4).astype(np.float32))
    return net, (scores,)
