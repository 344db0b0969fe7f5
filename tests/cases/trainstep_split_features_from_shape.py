# case: auxiliary-loss head slices features with a width taken from x.shape and a config ratio -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoHeadNet(nn.Cell):
    def __init__(self, in_dim=12, num_classes=3, aux_ratio=0.5):
        super().__init__()
        self.aux_ratio = aux_ratio
        aux_dim = int(in_dim * aux_ratio)
        self.main_head = nn.Dense(in_dim, num_classes)
        self.aux_head = nn.Dense(aux_dim, num_classes)

    def construct(self, x):
        width = x.shape[-1]
        split = int(width * self.aux_ratio)
        aux_feat = x[:, :split]
        return self.main_head(x), self.aux_head(aux_feat)


class AuxLossTrainStep(nn.Cell):
    def __init__(self, network, optimizer, aux_weight=0.3):
        super().__init__()
        self.network = network
        self.optimizer = optimizer
        self.ce = nn.CrossEntropyLoss()
        self.aux_weight = aux_weight
        self.grad_fn = ms.value_and_grad(self.compute_loss, None, optimizer.parameters)

    def compute_loss(self, x, labels):
        main_logits, aux_logits = self.network(x)
        return self.ce(main_logits, labels) + self.aux_weight * self.ce(aux_logits, labels)

    def construct(self, x, labels):
        loss, grads = self.grad_fn(x, labels)
        self.optimizer(grads)
        return loss


def make():
    np.random.seed(7)
    net = TwoHeadNet()
    opt = nn.SGD(net.trainable_params(), learning_rate=0.1)
    x = Tensor(np.random.randn(5, 12).astype(np.float32))
    labels = Tensor(np.array([0, 2, 1, 1, 0], np.int32))
    return AuxLossTrainStep(net, opt), (x, labels)
