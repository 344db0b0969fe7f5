# case: sketch normaliser centres the drawing on the mean position of pen-lift events picked by boolean-mask indexing -> bool-mask indexing gives a data-dependent shape, expect dynamic shape or refusal in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PEN_LIFT_THRESHOLD = 0.5


class SketchNormConfig:
    pen_threshold = PEN_LIFT_THRESHOLD
    scale_eps = 1e-5
    center_on_lifts = True


class SketchNormalizer(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else SketchNormConfig()
        self.pen_threshold = config.pen_threshold
        self.scale_eps = config.scale_eps
        self.center_on_lifts = getattr(config, "center_on_lifts", False)

    def _pen_lift_points(self, xy, pen):
        return xy[pen > self.pen_threshold]

    def construct(self, strokes):
        xy = strokes[..., :2]
        pen = strokes[..., 2]
        if self.center_on_lifts:
            center = self._pen_lift_points(xy, pen).mean(axis=0)
        else:
            center = xy.mean(axis=(0, 1))
        centred = xy - center
        scale = ops.sqrt((centred * centred).mean()) + self.scale_eps
        return ops.concat((centred / scale, pen.expand_dims(-1)), axis=-1)


def make():
    np.random.seed(3702)
    xy = np.cumsum(np.random.randn(2, 40, 2), axis=1).astype(np.float32)
    pen = (np.random.rand(2, 40, 1) > 0.8).astype(np.float32)
    strokes = Tensor(np.concatenate([xy, pen], axis=-1))
    return SketchNormalizer(), (strokes,)
