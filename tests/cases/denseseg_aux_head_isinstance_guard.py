# case: DeepLab-style model returns (main, aux) only when aux head enabled; criterion uses isinstance and None guards -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ASPPLite(nn.Cell):
    def __init__(self, in_ch=8, out_ch=8, rates=(1, 2)):
        super().__init__()
        self.branches = nn.CellList([nn.Conv2d(in_ch, out_ch, 3, pad_mode="pad", padding=r, dilation=r)
                                     for r in rates])
        self.project = nn.Conv2d(out_ch * len(rates), out_ch, 1)

    def construct(self, x):
        return ops.relu(self.project(ops.concat([b(x) for b in self.branches], 1)))


class DeepLabLite(nn.Cell):
    def __init__(self, num_classes=4, aux=True):
        super().__init__()
        self.stem = nn.Conv2d(3, 8, 3, stride=2, pad_mode="pad", padding=1)
        self.aspp = ASPPLite()
        self.cls = nn.Conv2d(8, num_classes, 1)
        self.aux_cls = nn.Conv2d(8, num_classes, 1) if aux else None

    def construct(self, x):
        f = ops.relu(self.stem(x))
        main = ops.interpolate(self.cls(self.aspp(f)), size=x.shape[2:], mode="bilinear")
        if self.aux_cls is None:
            return main
        return main, ops.interpolate(self.aux_cls(f), size=x.shape[2:], mode="bilinear")


class SegCriterion(nn.Cell):
    def __init__(self, model, aux_weight=0.4, class_weight=None):
        super().__init__()
        self.model = model
        self.aux_weight = aux_weight
        self.class_weight = Tensor(class_weight, ms.float32) if class_weight is not None else None

    def construct(self, img, label):
        out = self.model(img)
        if isinstance(out, tuple):
            main, aux = out
            return ops.cross_entropy(main, label, self.class_weight) + \
                self.aux_weight * ops.cross_entropy(aux, label, self.class_weight)
        return ops.cross_entropy(out, label, self.class_weight)


def make():
    np.random.seed(34)
    img = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    label = Tensor(np.random.randint(0, 4, size=(2, 16, 16)).astype(np.int32))
    return SegCriterion(DeepLabLite()), (img, label)
