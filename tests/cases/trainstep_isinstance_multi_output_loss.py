# case: loss cell accepts network returning either logits or (logits, aux) and dispatches with isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BackboneWithAux(nn.Cell):
    def __init__(self, in_dim=6, num_classes=3, return_aux=True):
        super().__init__()
        self.body = nn.Dense(in_dim, 8)
        self.cls = nn.Dense(8, num_classes)
        self.aux = nn.Dense(8, num_classes)
        self.return_aux = return_aux

    def construct(self, x):
        h = ops.gelu(self.body(x))
        if self.return_aux:
            return self.cls(h), self.aux(h)
        return self.cls(h)


class FlexibleLoss(nn.Cell):
    def __init__(self, network, aux_weight=0.4):
        super().__init__()
        self.network = network
        self.aux_weight = aux_weight
        self.ce = nn.CrossEntropyLoss()

    def construct(self, x, labels):
        outputs = self.network(x)
        if isinstance(outputs, (tuple, list)):
            main, aux = outputs[0], outputs[1]
            return self.ce(main, labels) + self.aux_weight * self.ce(aux, labels)
        return self.ce(outputs, labels)


def make():
    np.random.seed(14)
    loss_net = FlexibleLoss(BackboneWithAux())
    opt = nn.AdamWeightDecay(loss_net.trainable_params(), learning_rate=1e-3)
    step = nn.TrainOneStepCell(loss_net, opt)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    labels = Tensor(np.array([2, 0, 1, 2], np.int32))
    return step, (x, labels)
