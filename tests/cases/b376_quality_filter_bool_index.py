# case: template aggregator drops low-quality faces by boolean-indexing embeddings whose feature norm is above a quality threshold before averaging -> boolean-mask indexing, dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class TemplateConfig:
    quality_thresh = 1.5
    filter_low_quality = True


class QualityMixin:
    def _high_quality(self, emb, norms):
        keep = norms > self.quality_thresh
        return emb[keep]


class TemplateAggregator(QualityMixin, nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.quality_thresh = config.quality_thresh
        self.filter_low_quality = config.filter_low_quality

    def construct(self, emb, weights: Optional[Tensor] = None):
        norms = ops.norm(emb, dim=1)
        if weights is not None:
            emb = emb * weights.reshape(-1, 1)
        if self.filter_low_quality:
            emb = self._high_quality(emb, norms)
        template = emb.mean(axis=0)
        return template / ops.norm(template)


def make():
    np.random.seed(37614)
    emb = (np.random.randn(10, 24) * np.random.uniform(0.1, 0.6, (10, 1))).astype(np.float32)
    return TemplateAggregator(TemplateConfig()), (Tensor(emb),)
