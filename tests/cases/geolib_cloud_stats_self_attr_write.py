# case: cloud-mask layer remembers the last batch's cloud cover on self.last_cloud_cover for logging while masking the input -> writing a plain attribute of self inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CloudMaskConfig:
    def __init__(self, threshold=0.5, fill_value=0.0, track_cover=True):
        self.threshold = threshold
        self.fill_value = fill_value
        self.track_cover = track_cover


class CloudMasker(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.threshold
        self.fill_value = config.fill_value
        self.track_cover = config.track_cover
        self.last_cloud_cover = None

    def _record(self, cloudy):
        self.last_cloud_cover = cloudy.astype(ms.float32).mean()

    def construct(self, image, cloud_prob):
        cloudy = cloud_prob > self.threshold
        if self.track_cover:
            self._record(cloudy)
        keep = ops.logical_not(cloudy).astype(image.dtype).expand_dims(1)
        return image * keep + self.fill_value * (1 - keep)


def make():
    np.random.seed(3387)
    img = Tensor(np.random.rand(2, 4, 16, 16).astype(np.float32))
    cp = Tensor(np.random.rand(2, 16, 16).astype(np.float32))
    return CloudMasker(CloudMaskConfig()), (img, cp)
