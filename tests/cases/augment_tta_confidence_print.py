# case: multi-scale TTA that logs per-view confidence with an f-string of a tensor and float() before picking the best view -> compile error at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyClassifier(nn.Cell):
    def __init__(self, num_classes=3):
        super().__init__()
        self.conv = nn.Conv2d(3, 6, 3, pad_mode="same")
        self.fc = nn.Dense(6, num_classes)

    def construct(self, x):
        return self.fc(ops.relu(self.conv(x)).mean(axis=(2, 3)))


class MultiScaleTTA(nn.Cell):
    def __init__(self, model, scales=(0.75, 1.0, 1.25), verbose=True):
        super().__init__()
        self.model = model
        self.scales = scales
        self.verbose = verbose

    def construct(self, x):
        h, w = x.shape[2], x.shape[3]
        outs = []
        for s in self.scales:
            xs = ops.interpolate(x, size=(int(h * s), int(w * s)), mode="bilinear", align_corners=False)
            p = ops.softmax(self.model(xs), axis=-1)
            conf = p.max(axis=-1).mean()
            if self.verbose:
                print(f"tta scale={s} confidence={float(conf):.3f}")
            outs.append(p)
        stacked = ops.stack(outs)
        best = stacked.max(axis=-1).mean(axis=-1).argmax()
        return stacked[best]


def make():
    np.random.seed(22)
    x = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    return MultiScaleTTA(TinyClassifier()), (x,)
