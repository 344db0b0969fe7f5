# case: TabNet encoder collects per-step feature masks in a local list over a CellList and returns them only when config.output_masks is set -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TabNetConfig:
    def __init__(self, n_steps=3, gamma=1.3, output_masks=True, lambda_sparse=1e-3):
        self.n_steps = n_steps
        self.gamma = gamma
        self.output_masks = output_masks
        self.lambda_sparse = lambda_sparse


class AttentiveTransformer(nn.Cell):
    def __init__(self, n_features, gamma):
        super().__init__()
        self.fc = nn.Dense(n_features, n_features, has_bias=False)
        self.gamma = gamma

    def construct(self, a, prior):
        mask = ops.softmax(self.fc(a) * prior, axis=-1)
        return mask, prior * (self.gamma - mask)


def entropy_loss(masks, eps=1e-10):
    return sum([(-m * ops.log(m + eps)).sum(-1).mean() for m in masks]) / len(masks)


class TabNetEncoder(nn.Cell):
    def __init__(self, n_features, config):
        super().__init__()
        self.output_masks = config.output_masks
        self.lambda_sparse = config.lambda_sparse
        self.steps = nn.CellList([AttentiveTransformer(n_features, config.gamma)
                                  for _ in range(config.n_steps)])

    def construct(self, x):
        prior = ops.ones_like(x)
        agg = ops.zeros_like(x)
        masks = []
        for i, step in enumerate(self.steps):
            mask, prior = step(x, prior)
            agg = agg + ops.relu(x * mask) / (i + 1)
            masks.append(mask)
        outputs = (agg, self.lambda_sparse * entropy_loss(masks))
        if self.output_masks:
            outputs = outputs + (ops.stack(masks, axis=1),)
        return outputs


def make():
    np.random.seed(26)
    x = Tensor(np.random.randn(6, 10).astype(np.float32))
    return TabNetEncoder(10, TabNetConfig()), (x,)
